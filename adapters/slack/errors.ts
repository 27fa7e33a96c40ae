/**
 * Slack errors in words: a one-line description for the log (Slack's error
 * code when there is one, never request data), and the advice start-up gives
 * when Slack refuses a token, cannot be reached or the port is taken. Errors
 * come from the SDK, Bolt and Node; their fields are read with zod, never cast.
 */
import { z } from 'zod';

// The fields the Slack SDK and Node put on their errors; anything else reads as absent.
const errorFieldsSchema = z.object({
  code: z.string().optional().catch(undefined),
  data: z.object({ error: z.string() }).optional().catch(undefined),
});

function fieldsOf(error: unknown): z.infer<typeof errorFieldsSchema> {
  const parsed = errorFieldsSchema.safeParse(error);
  return parsed.success ? parsed.data : {};
}

/** A one-line description of an error for the log: Slack's error code when there is one, never request data. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const slackCode = fieldsOf(error).data?.error;
    return slackCode !== undefined ? `Slack API error "${slackCode}"` : error.message;
  }
  return String(error);
}

/** Turns a failure at start-up into advice naming the variable to check. */
export function startError(error: unknown, variable: string, apiUrl: string | undefined): string {
  const { code, data } = fieldsOf(error);
  if (code === 'slack_webapi_platform_error' && data?.error) {
    return `Slack rejected ${variable} (${data.error}): check the value in .env against the app's settings page`;
  }
  if (code === 'slack_webapi_request_error' || code === 'slack_webapi_http_error') {
    return `Slack: could not reach the Web API at ${apiUrl ?? 'https://slack.com/api/'} (${describeError(error)}); check the network or SLACK_API_URL`;
  }
  return `Slack: start-up failed: ${describeError(error)}`;
}

/** Why the HTTP server could not listen on `port`, naming PORT when it is taken. */
export function listenError(error: unknown, port: number): string {
  return fieldsOf(error).code === 'EADDRINUSE'
    ? `Slack: port ${port} is already in use; set PORT to a free port`
    : `Slack: could not listen on port ${port}: ${describeError(error)}`;
}
