// The Prefect release this worker mirrors, in one place: the client identifies itself exactly as the
// reference prefect client of that release does, so servers and Cloud treat it the same.

/** prefect's `__version__` (the pinned reference). */
export const PREFECT_VERSION = "3.8.8";
/** prefect.client.constants.SERVER_API_VERSION of that release. */
export const SERVER_API_VERSION = "0.8.4";
export const USER_AGENT = `prefect/${PREFECT_VERSION} (API ${SERVER_API_VERSION})`;
/** PREFECT_CLOUD_API_URL's default. */
export const DEFAULT_CLOUD_API_URL = "https://api.prefect.cloud/api";
