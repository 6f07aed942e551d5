import recorded from './openapi-examples.json' with { type: 'json' };

/**
 * Examples for the OpenAPI document, keyed `<RouteId>.<status>`, `<RouteId>.request`, `error.<status>`
 * and `callback.request`. They are real answers of the local runtime, recorded by
 * test/integration/openapi-contract.test.ts (`RECORD_OPENAPI_EXAMPLES=1`), and that test checks each
 * one against its schema, so an example cannot drift from the contract.
 */
export const EXAMPLES: Record<string, unknown> = recorded;
