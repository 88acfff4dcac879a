import "server-only";
import { getPayload } from "payload";
import config from "@payload-config";

/** Payload local API (documents, certificates, contracts live in the Payload "documents" collection). */
export async function payloadClient() {
  return getPayload({ config });
}
