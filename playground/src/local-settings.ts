/**
 * The local runtime's playground settings (`{"api_key", "callback_inbox"}`), served under `/_local/` by the
 * local gateway only: in AWS the path does not exist, so the page asks for the key and hides the inbox.
 */
export const PLAYGROUND_SETTINGS_PATH = '/_local/playground.json';

/** What {@link PLAYGROUND_SETTINGS_PATH} answers. */
export interface LocalPlaygroundSettings {
  /** The key of the local client, to pre-fill the key field. */
  api_key: string;
  /** Path of the built-in callback inbox (GET lists deliveries). */
  callback_inbox: string;
}
