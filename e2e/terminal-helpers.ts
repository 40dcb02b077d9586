import { expect, test, type Locator, type Page } from "@playwright/test";

/** The terminal region while `netns`'s tab is in front. */
export const terminal = (page: Page, netns = "host"): Locator =>
  page.getByRole("region", { name: `Terminal ${netns}` });

/** xterm's hidden textarea, which takes the keyboard. */
export const terminalInput = (page: Page, netns = "host"): Locator =>
  terminal(page, netns).getByRole("textbox", { name: "Terminal input" });

/**
 * The lines xterm shows, as text (its DOM renderer draws the visible rows only). A line longer than
 * the terminal is wide fills whole rows and goes on in the next: those rows are joined back.
 */
export async function screenLines(page: Page, netns = "host"): Promise<string[]> {
  return terminal(page, netns).evaluate((region) => {
    const screen = region.querySelector(".xterm-screen")!.getBoundingClientRect().width;
    const measure = region.querySelector(".xterm-char-measure-element")!;
    const cols = Math.floor(screen / (measure.getBoundingClientRect().width / measure.textContent!.length));
    const lines: string[] = [];
    let wrapping = false;
    for (const row of region.querySelectorAll(".xterm-rows > div")) {
      const text = (row.textContent ?? "").replaceAll("\u00a0", " ");
      if (wrapping) lines[lines.length - 1] += text;
      else lines.push(text);
      wrapping = text.length >= cols;
    }
    return lines.map((line) => line.trimEnd());
  });
}

/** The visible screen as one text: rows joined by newlines, without the blank rows below the last line. */
export const screenText = async (page: Page, netns = "host") =>
  (await screenLines(page, netns)).join("\n").replace(/\n+$/, "");

/** Enters a line at the prompt (as one input event, like an input method does) and presses Enter. */
export async function typeLine(page: Page, line: string, netns = "host"): Promise<void> {
  const input = terminalInput(page, netns);
  await input.focus();
  await page.keyboard.insertText(line);
  await input.press("Enter");
}

/**
 * Waits until the screen shows `text` (a string or a pattern over the rows joined by newlines; a
 * long line wraps onto several rows).
 */
export async function shows(
  page: Page,
  text: string | RegExp,
  netns = "host",
  timeout = 10_000,
): Promise<void> {
  await expect
    .poll(() => screenText(page, netns), { message: `the terminal shows ${String(text)}`, timeout })
    .toMatch(typeof text === "string" ? new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) : text);
}

/** A container id as `docker run -d` prints it. */
export const ID = "[0-9a-f]{64}";

/** Waits for the world's first commands (web and db on docker0) and their prompt. */
export async function opened(page: Page): Promise<void> {
  // The engine worker loads and runs them first: slow on a busy machine.
  test.info().setTimeout(test.info().timeout + 60_000);
  await page.goto("./");
  await shows(
    page,
    new RegExp(`root@host:~# docker run -d --name db redis\\n${ID}\\nroot@host:~#$`),
    "host",
    30_000,
  );
}

/** Waits until no command of the tab runs. */
export const idle = (page: Page, netns = "host") =>
  expect(terminal(page, netns)).toHaveAttribute("aria-busy", "false");

/** Pastes text into the terminal as the browser does on Ctrl-V. */
export async function paste(page: Page, text: string, netns = "host"): Promise<void> {
  await terminalInput(page, netns).evaluate((input, text) => {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    input.dispatchEvent(
      new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}
