// Where Debian's Chromium is and how every script here starts it (no dependencies, so the
// benchmark in bench/ shares it too). Never a downloaded browser; no background networking,
// which this machine's closed network would refuse.

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
