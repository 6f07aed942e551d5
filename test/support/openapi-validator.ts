import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

type Json = Record<string, any>;

/**
 * Validates live HTTP answers against the OpenAPI 3.1 document with ajv (JSON Schema 2020-12, which
 * OpenAPI 3.1 schemas are): the status must be documented for the operation, every required response
 * header present, and the JSON body must match the response schema (`$ref`s resolved in the document).
 */
export function openApiValidator(document: Json) {
  const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ strict: false, allErrors: true });
  (addFormats as unknown as typeof addFormats.default)(ajv);
  ajv.addSchema({ ...document, $id: 'openapi.json' });
  const pointer = (...parts: string[]): string => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

  return {
    /** Problems of one answer; empty when it conforms. */
    check(method: string, pathTemplate: string, res: { status: number; headers: Headers; body: unknown }): string[] {
      const operation = document.paths?.[pathTemplate]?.[method.toLowerCase()];
      if (!operation) return [`${method} ${pathTemplate} is not in the document`];
      const response = operation.responses?.[String(res.status)];
      if (!response) return [`${method} ${pathTemplate}: status ${res.status} is not documented (${Object.keys(operation.responses).join(', ')})`];
      const problems: string[] = [];
      for (const [name, header] of Object.entries<Json>(response.headers ?? {})) {
        if (header.required && !res.headers.has(name)) problems.push(`${res.status}: header ${name} missing`);
      }
      const type = res.headers.get('content-type')?.split(';')[0]?.trim();
      if (response.content && type && !(type in response.content)) problems.push(`${res.status}: content-type ${type} is not declared`);
      const media = response.content?.['application/json'];
      if (media?.schema) {
        const ref = `openapi.json#/${pointer('paths', pathTemplate, method.toLowerCase(), 'responses', String(res.status), 'content', 'application/json', 'schema')}`;
        const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
        if (!validate(res.body)) problems.push(`${res.status} body: ${ajv.errorsText(validate.errors)}`);
      } else if (res.body !== undefined && !response.content) {
        problems.push(`${res.status}: body sent but the document declares none`);
      }
      return problems;
    },
    /** Problems of a value against a named component schema. */
    checkComponent(name: string, value: unknown): string[] {
      const validate = ajv.getSchema(`openapi.json#/components/schemas/${name}`);
      if (!validate) return [`no component ${name}`];
      return validate(value) ? [] : [ajv.errorsText(validate.errors)];
    },
  };
}
