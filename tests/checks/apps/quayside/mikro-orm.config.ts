import { defineConfig } from "@mikro-orm/postgresql";
import { TsMorphMetadataProvider } from "@mikro-orm/reflection";
import * as entities from "@/lib/db/entities";

export default defineConfig({
  clientUrl: process.env.DATABASE_URL,
  entities: Object.values(entities).filter((e) => typeof e === "function"),
  metadataProvider: TsMorphMetadataProvider,
  debug: process.env.NODE_ENV === "development",
  pool: { min: 0, max: 10 },
});
