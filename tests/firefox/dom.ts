/**
 * Finding and using controls the way a person does, by their visible label or
 * name, with trusted clicks and typing. Evaluate-based: puppeteer's ARIA
 * selectors and `waitForFunction` are not dependable over BiDi on Firefox.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { until } from './firefox';

/** The form control a `<label>` with exactly this text names, waiting for it to appear. */
export async function control(page: Page, label: string, within = 'body'): Promise<ElementHandle<Element>> {
  await until(
    () =>
      page.evaluate(
        (text: string, scope: string) =>
          [...(document.querySelector(scope)?.querySelectorAll('label') ?? [])].some(
            (l) => l.textContent?.trim() === text && l.control !== null,
          ),
        label,
        within,
      ),
    (found) => found,
    { what: `a control labelled "${label}"` },
  );
  const handle = await page.evaluateHandle(
    (text: string, scope: string) =>
      [...(document.querySelector(scope)?.querySelectorAll('label') ?? [])].find(
        (l) => l.textContent?.trim() === text && l.control !== null,
      )?.control ?? null,
    label,
    within,
  );
  const element = handle.asElement();
  if (!element) throw new Error(`no control labelled "${label}"`);
  return element as ElementHandle<Element>;
}

/** Types into the labelled field, replacing what it held. */
export async function fill(page: Page, label: string, value: string, within = 'body'): Promise<void> {
  const field = await control(page, label, within);
  await field.click({ count: 3 });
  await field.type(value);
  await field.dispose();
}

/** Clicks the button whose visible text is exactly `name`, waiting for it to appear. */
export async function clickButton(page: Page, name: string, within = 'body'): Promise<void> {
  const find = (text: string, scope: string) =>
    [...(document.querySelector(scope)?.querySelectorAll('button') ?? [])].find(
      (button) => button.textContent?.trim() === text && !button.disabled,
    ) ?? null;
  const handle = await until(
    async () => {
      const found = await page.evaluateHandle(find, name, within);
      const element = found.asElement() as ElementHandle<Element> | null;
      if (!element) await found.dispose();
      return element;
    },
    (found) => found !== null,
    { what: `a button "${name}"` },
  );
  if (!handle) throw new Error(`no button "${name}"`);
  await handle.click();
  await handle.dispose();
}

/** The trimmed text of every element matching `selector`. */
export function texts(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    (css: string) => [...document.querySelectorAll(css)].map((element) => element.textContent?.trim() ?? ''),
    selector,
  );
}

/** Waits until some element matching `selector` contains `text`, and returns all their texts. */
export function untilText(page: Page, selector: string, text: string, timeoutMs = 10_000): Promise<string[]> {
  return until(
    () => texts(page, selector),
    (all) => all.some((t) => t.includes(text)),
    { timeoutMs, what: `"${text}" in ${selector}` },
  );
}
