/** The vendor sections of `npm run demo`, in order. Each runs against its vendor's emulator. */
export type VendorDemo = (log: (line?: string) => void) => Promise<void>;

export const vendorDemos: Array<[string, VendorDemo]> = [];
