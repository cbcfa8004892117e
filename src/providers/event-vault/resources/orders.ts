/** Event Vault has no orders or money: every method rejects with `UnsupportedCapabilityError`. */
import { notSupported, notSupportedList } from '../../../core/guard.js';
import type { OrdersResource, Unsupported } from '../../../client.js';
import { EV_PROVIDER } from '../context.js';

const NO_ORDERS = 'Event Vault is a guest list: it has no orders or money (see attendees and client.tickets)';

/** Event Vault has no orders. */
export interface EventVaultOrdersResource extends OrdersResource {
  /** @deprecated Not supported by Event Vault: it has no orders (guests are added directly: `attendees.create`). Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  list: Unsupported<OrdersResource['list']>;
  /** @deprecated Not supported by Event Vault: it has no orders (guests are added directly: `attendees.create`). Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  get: Unsupported<OrdersResource['get']>;
  /** @deprecated Not supported by Event Vault: it has no orders (guests are added directly: `attendees.create`). Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  create: Unsupported<OrdersResource['create']>;
  /** @deprecated Not supported by Event Vault: it has no orders (guests are added directly: `attendees.create`). Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  markPaid: Unsupported<OrdersResource['markPaid']>;
  /** @deprecated Not supported by Event Vault: it has no orders (guests are added directly: `attendees.create`). Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  refund: Unsupported<OrdersResource['refund']>;
  /** @deprecated Not supported by Event Vault: it has no orders (guests are added directly: `attendees.create`). Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  cancel: Unsupported<OrdersResource['cancel']>;
  /** @deprecated Not supported by Event Vault: it has no orders (guests are added directly: `attendees.create`). Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  recordPayment: Unsupported<OrdersResource['recordPayment']>;
}

export function ordersResource(): EventVaultOrdersResource {
  const unsupported = (method: string) => notSupported(EV_PROVIDER, `orders.${method}`, NO_ORDERS);
  return {
    list: notSupportedList(EV_PROVIDER, 'orders.list', NO_ORDERS),
    get: unsupported('get'),
    create: unsupported('create'),
    markPaid: unsupported('markPaid'),
    refund: unsupported('refund'),
    cancel: unsupported('cancel'),
    recordPayment: unsupported('recordPayment'),
  };
}
