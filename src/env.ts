/**
 * Reads `.env` from the working directory into process.env (variables already
 * set win). Quiet: dotenv's banner would pollute the CLI's JSON output.
 */
import { config } from 'dotenv';

/** Loads `.env` if present. */
export function loadDotenv(): void {
  config({ quiet: true });
}
