/**
 * The whole contract between the core and a chat platform. An adapter turns
 * platform events into questions for a {@link Bot} and renders the replies;
 * everything platform-specific (formatting, escaping, limits) stays inside it.
 */
export interface Adapter {
  /** Short name for logs: "console", "slack", "discord". */
  readonly name: string;
  /** Connects and starts answering. Resolves once the adapter is ready. */
  start(): Promise<void>;
  /** Stops taking new messages, lets replies in flight finish, disconnects. */
  stop(): Promise<void>;
  /**
   * Whether it is connected to its platform now (started and not lost its
   * connection), for `GET /healthz`. Optional: an adapter without it counts as
   * connected while started.
   */
  connected?(): boolean;
}
