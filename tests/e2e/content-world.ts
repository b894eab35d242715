import type { CDPSession, Page } from 'playwright-core';

interface ExecutionContext {
  id: number;
  name: string;
  auxData?: { type?: string; frameId?: string; isDefault?: boolean };
}

/**
 * Tend's content script world in a page's top frame, reached over CDP
 * (Playwright only evaluates in the page's own world). Lets tests check the
 * script is there and send messages exactly as the content script could.
 */
export class ContentWorld {
  private constructor(
    private readonly cdp: CDPSession,
    private readonly contextId: number,
  ) {}

  /** The world, once the content script has run; null if it has not within `timeoutMs`. */
  static async find(page: Page, timeoutMs = 5_000): Promise<ContentWorld | null> {
    const cdp = await page.context().newCDPSession(page);
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const topFrameId = frameTree.frame.id;
    const contexts: ExecutionContext[] = [];
    let found: (context: ExecutionContext) => void = () => {};
    const appeared = new Promise<ExecutionContext>((resolve) => {
      found = resolve;
    });
    cdp.on('Runtime.executionContextCreated', ({ context }: { context: ExecutionContext }) => {
      contexts.push(context);
      if (context.name === 'Tend' && context.auxData?.type === 'isolated' && context.auxData.frameId === topFrameId) {
        found(context);
      }
    });
    await cdp.send('Runtime.enable');
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), timeoutMs);
    });
    const context = await Promise.race([appeared, timeout]);
    clearTimeout(timer);
    if (!context) {
      await cdp.detach();
      return null;
    }
    return new ContentWorld(cdp, context.id);
  }

  async evaluate<T>(expression: string): Promise<T> {
    const result = (await this.cdp.send('Runtime.evaluate', {
      expression,
      contextId: this.contextId,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
    if (result.exceptionDetails) {
      throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
    }
    return result.result.value;
  }

  /** Sends a raw message to the background from the content script's world and returns the reply. */
  sendMessage<T = unknown>(message: unknown): Promise<T> {
    return this.evaluate<T>(`chrome.runtime.sendMessage(${JSON.stringify(message)})`);
  }
}
