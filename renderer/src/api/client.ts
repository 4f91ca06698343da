import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import type { AppErrorDetails, AppErrorShape, ErrorCode, IpcResult } from '../../../shared/ipc/errors';

/** A failed call; `message` is Vietnamese and can be shown as it is. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  /** The record a refusal points at (the directive already registered, the namesakes in the directory). */
  readonly details: AppErrorDetails | null;

  constructor(shape: AppErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.code = shape.code;
    this.details = shape.details ?? null;
  }
}

const BRIDGE_MISSING: AppErrorShape = {
  code: 'INTERNAL',
  message: 'Không kết nối được với phần lưu trữ của ứng dụng. Hãy đóng và mở lại ứng dụng.',
};

/** `answered`: the main process answered without error; false: it refused (the bridge itself failing is not told). */
type CallListener = (channel: Channel, answered: boolean) => void;
const settledListeners = new Set<CallListener>();

/** Told of every call the main process answered or refused (the query layer refreshes after writes). */
export function onCallSettled(listener: CallListener): () => void {
  settledListeners.add(listener);
  return () => settledListeners.delete(listener);
}

/** The one way the renderer talks to the main process, typed by the contract. */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  // Indexing a mapped type with a generic key loses the link between input and output; restore it.
  const method = window.api?.[channel] as unknown as
    | ((input: ChannelInput<C>) => Promise<IpcResult<ChannelOutput<C>>>)
    | undefined;
  if (!method) throw new ApiError(BRIDGE_MISSING);
  let result: IpcResult<ChannelOutput<C>>;
  try {
    result = await method(input);
  } catch {
    throw new ApiError(BRIDGE_MISSING);
  }
  for (const listener of settledListeners) listener(channel, result.ok);
  if (!result.ok) throw new ApiError(result.error);
  return result.data;
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Đã xảy ra lỗi ngoài dự kiến. Dữ liệu đã lưu trước đó vẫn an toàn.';
}

/** What a refusal points at, when it points at something. */
export function errorDetails(error: unknown): AppErrorDetails | null {
  return error instanceof ApiError ? error.details : null;
}
