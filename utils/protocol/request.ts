import { runtime } from '../platform/runtime';
import type { ErrorCode, MessageData, MessageResult, MessageType, Reply } from './messages';

/** A refusal or failure reported by the background, with its code. */
export class RequestError extends Error {
  override name = 'RequestError';
  constructor(
    readonly code: ErrorCode | 'no-reply',
    message: string,
  ) {
    super(message);
  }
}

function isReply(value: unknown): value is Reply {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** Sends one protocol message to the background and returns its result, or throws RequestError. */
export async function request<K extends MessageType>(type: K, data: MessageData<K>): Promise<MessageResult<K>> {
  const reply: unknown = await runtime().sendMessage({ type, data });
  if (!isReply(reply)) throw new RequestError('no-reply', `${type}: the background did not answer.`);
  if (!reply.ok) throw new RequestError(reply.error.code, reply.error.message);
  return reply.value as MessageResult<K>;
}
