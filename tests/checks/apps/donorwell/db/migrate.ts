import { Migrator, FileMigrationProvider } from "kysely";
import { promises as fs } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db/kysely";

async function main() {
  const migrator = new Migrator({
    db,
    provider: new FileMigrationProvider({ fs, path, migrationFolder: path.join(process.cwd(), "db/migrations") }),
  });
  const { error, results } = await migrator.migrateToLatest();
  results?.forEach((r) => console.log(r.status, r.migrationName));
  if (error) process.exit(1);
  await db.destroy();
}

main();
