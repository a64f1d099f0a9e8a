/** Said wherever a dump is opened or listed: the reader must not think a link to it can be shared. */
export const PRIVACY_NOTE =
  'Opened dumps stay on this device: they are saved in this browser only and never uploaded. ' +
  'Links to them work in this browser, not on another computer.';
