/**
 * Turns the protocol into one `runtime.onMessage` listener: every message is
 * checked for shape, sender and data before a handler sees it, and every
 * failure becomes a reply with a clear error instead of a thrown exception.
 */
import type { Runtime } from 'webextension-polyfill';
import { isPlainObject, ValidationError } from '../platform/validate';
import {
  type ErrorCode,
  type MessageData,
  type MessageResult,
  type MessageSenders,
  type MessageType,
  messages,
  type Reply,
} from './messages';
import { classifySender, type ExtensionIdentity, type Sender } from './sender';

export type Handler<K extends MessageType> = (
  data: MessageData<K>,
  sender: Extract<Sender, { kind: MessageSenders<K> }>,
) => Promise<MessageResult<K>>;

export type Handlers = { [K in MessageType]: Handler<K> };

/** Thrown by handlers for failures the sender should hear about by name. */
export class ProtocolError extends Error {
  override name = 'ProtocolError';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

function refuse(code: ErrorCode, message: string): Reply {
  return { ok: false, error: { code, message } };
}

function isMessageType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(messages, type);
}

export function createMessageHandler(
  handlers: Handlers,
  self: ExtensionIdentity,
  onError: (error: unknown) => void = (error) => console.error(error),
): (message: unknown, sender: Runtime.MessageSender) => Promise<Reply> {
  return async (message, rawSender) => {
    if (!isPlainObject(message)) return refuse('invalid-data', 'A message must be an object with a type and data.');
    const { type, data } = message;
    if (!isMessageType(type)) return refuse('unknown-message', `Unknown message type: ${String(type).slice(0, 60)}`);
    const sender = classifySender(rawSender, self);
    const allowed: readonly string[] = messages[type].senders;
    if (!sender || !allowed.includes(sender.kind)) {
      return refuse('forbidden', `${type} may not be sent from ${sender ? `a ${sender.kind} context` : 'there'}.`);
    }
    let checked: unknown;
    try {
      checked = messages[type].data(data, 'data');
    } catch (error) {
      if (error instanceof ValidationError) return refuse('invalid-data', `${type}: ${error.message}`);
      throw error;
    }
    try {
      // The sender kind and the data were checked against this type's spec just above.
      const handler = handlers[type] as (data: unknown, sender: Sender) => Promise<unknown>;
      const value = await handler(checked, sender);
      return { ok: true, value } as Reply;
    } catch (error) {
      if (error instanceof ProtocolError) return refuse(error.code, error.message);
      if (error instanceof ValidationError) return refuse('invalid-data', `${type}: ${error.message}`);
      onError(error);
      return refuse('failed', `${type} failed: ${error instanceof Error ? error.message : 'unexpected error'}`);
    }
  };
}
