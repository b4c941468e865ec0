// Debian's Chromium, driven by playwright-core (which never downloads a browser
// of its own here: it is pointed at the system binary). When the binary is
// missing, browser tests fail under CI (where .ci/run installs it) and are
// skipped with a message elsewhere.
import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";

/** The Chromium binary the tests drive: `CHROMIUM_PATH`, or Debian's `/usr/bin/chromium`. */
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Why the browser tests cannot run here, or `undefined` when they can. */
export const chromiumMissing = existsSync(chromiumPath)
  ? undefined
  : `${chromiumPath} not found: install Debian's chromium (apt-get install -y chromium), as .ci/run does`;

/** Starts headless Chromium. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true });
}

/** What went wrong on a page: console errors, uncaught errors, and requests that left 127.0.0.1. */
export interface PageProblems {
  errors: string[];
  offline: string[];
}

/** Records a page's console errors, uncaught errors and requests to anywhere but 127.0.0.1. */
export function watchPage(page: Page): PageProblems {
  const problems: PageProblems = { errors: [], offline: [] };
  page.on("console", (message) => {
    if (message.type() === "error") problems.errors.push(message.text());
  });
  page.on("pageerror", (error) => problems.errors.push(String(error)));
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol !== "data:" && url.hostname !== "127.0.0.1") problems.offline.push(url.href);
  });
  return problems;
}
