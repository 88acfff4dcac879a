import { buildConfig } from "payload";
import { postgresAdapter } from "@payloadcms/db-postgres";

export default buildConfig({
  secret: process.env.PAYLOAD_SECRET!,
  db: postgresAdapter({ pool: { connectionString: process.env.DATABASE_URL } }),
  collections: [
    {
      slug: "documents",
      fields: [
        { name: "title", type: "text", required: true },
        { name: "orgId", type: "text", required: true, index: true },
        { name: "ownerId", type: "text", index: true },
        { name: "boatId", type: "text" },
        { name: "kind", type: "select", options: ["insurance", "contract", "survey", "invoice", "other"] },
        { name: "fileKey", type: "text", required: true },
        { name: "sharePassword", type: "text" },
        { name: "signedAt", type: "date" },
        { name: "internalNotes", type: "textarea" },
      ],
    },
    {
      slug: "notices",
      fields: [
        { name: "marinaSlug", type: "text", index: true },
        { name: "title", type: "text" },
        { name: "body", type: "richText" },
        { name: "publishedAt", type: "date" },
      ],
    },
  ],
});
