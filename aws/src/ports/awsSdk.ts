/** Memoizes an async loader: the SDK module (and client) is imported on first use only. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

/** How the SDK waiters poll (seconds). Tests shrink them; production keeps SageMaker's pace. */
export interface WaitOptions {
  maxWaitTime: number;
  minDelay: number;
  maxDelay: number;
}

export const DEFAULT_WAIT: WaitOptions = { maxWaitTime: 1800, minDelay: 15, maxDelay: 60 };

/** Common options of every AWS port. */
export interface AwsPortOptions {
  /** Defaults to the SDK's resolution (AWS_REGION, profile). */
  region?: string;
}

/** The SDK error's `name` (`ValidationException`, `ResourceNotFoundException`, ...), or "". */
export function errorName(error: unknown): string {
  return error instanceof Error ? error.name : "";
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Every page of a paginated list call, bounded so a runaway account cannot stall a Lambda. */
export async function allPages<T>(
  page: (token: string | undefined) => Promise<{ items: T[]; next: string | undefined }>,
  maxPages = 100,
): Promise<T[]> {
  const items: T[] = [];
  let token: string | undefined;
  for (let i = 0; i < maxPages; i++) {
    const result = await page(token);
    items.push(...result.items);
    token = result.next;
    if (!token) break;
  }
  return items;
}
