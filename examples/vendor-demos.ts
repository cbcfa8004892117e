/** The vendor sections of `npm run demo`, in order. Each runs against its vendor's emulator. */
import { runEventbriteDemo } from './demo-eventbrite.js';
import { runEventScheduleDemo } from './demo-event-schedule.js';
import { runEventVaultDemo } from './demo-event-vault.js';
import { runSeatyDemo } from './demo-seaty.js';

export type VendorDemo = (log: (line: string) => void) => Promise<void>;

export const vendorDemos: Array<[string, VendorDemo]> = [
  ['Eventbrite', runEventbriteDemo],
  ['Event Schedule', runEventScheduleDemo],
  ['Seaty', runSeatyDemo],
  ['Event Vault', runEventVaultDemo],
];
