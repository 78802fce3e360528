export interface ApiErrorSubcode {
  readonly name: string;
  readonly subcode: number;
  readonly description?: string;
}

/** One entry of VK's errors.json. */
export interface ApiErrorInfo {
  readonly code: number;
  /** errors.json key, e.g. `api_error_access`. */
  readonly name: string;
  readonly description: string;
  /** Any method can return it. */
  readonly global: boolean;
  readonly subcodes: readonly ApiErrorSubcode[];
}
