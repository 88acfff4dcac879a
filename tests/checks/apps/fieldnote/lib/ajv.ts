import Ajv, { type JSONSchemaType } from "ajv";
import addFormats from "ajv-formats";

const ajv = new Ajv({ allErrors: true, removeAdditional: "all" });
addFormats(ajv);

export type JobImportRow = { title: string; customerId: string; scheduledAt?: string; priceCents?: number };

const jobImportSchema: JSONSchemaType<{ rows: JobImportRow[] }> = {
  type: "object",
  additionalProperties: false,
  required: ["rows"],
  properties: {
    rows: {
      type: "array",
      maxItems: 500,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["title", "customerId"],
        properties: {
          title: { type: "string", minLength: 2, maxLength: 140 },
          customerId: { type: "string", pattern: "^c[a-z0-9]{24}$" },
          scheduledAt: { type: "string", format: "date-time", nullable: true },
          priceCents: { type: "integer", minimum: 0, nullable: true },
        },
      },
    },
  },
};

export const validateJobImport = ajv.compile(jobImportSchema);

export type TimeEntryInput = { jobId: string; minutes: number };

export const validateTimeEntry = ajv.compile<TimeEntryInput>({
  type: "object",
  additionalProperties: false,
  required: ["jobId", "minutes"],
  properties: {
    jobId: { type: "string", pattern: "^c[a-z0-9]{24}$" },
    minutes: { type: "integer", minimum: 1, maximum: 1440 },
  },
});
