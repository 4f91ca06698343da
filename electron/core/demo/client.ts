import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import type { CoreContext } from '../context';
import { createDispatch, settledResult } from '../handlers/dispatch';
import { handlers } from '../handlers';

/** A typed call through the real dispatcher that throws when the call is refused. */
export type DemoCall = <C extends Channel>(channel: C, input: ChannelInput<C>) => ChannelOutput<C>;

/**
 * Demo data goes through the same dispatcher as the renderer, so every record is validated
 * and normalised exactly like user input; a mistake in the demo text fails loudly here.
 */
export function createDemoCall(ctx: CoreContext): DemoCall {
  const dispatch = createDispatch(ctx, handlers);
  return <C extends Channel>(channel: C, input: ChannelInput<C>): ChannelOutput<C> => {
    const result = settledResult(dispatch(channel, input));
    if (!result.ok) {
      throw new Error(`Không tạo được dữ liệu mẫu (${channel}): ${result.error.code} ${result.error.message}`);
    }
    return result.data as ChannelOutput<C>;
  };
}
