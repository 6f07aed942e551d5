/**
 * Registers the third-party simulators with the local runtime. Each starts only when its real
 * service is not configured.
 */
export {};
