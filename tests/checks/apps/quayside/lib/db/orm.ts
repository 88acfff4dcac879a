import "server-only";
import { MikroORM, type EntityManager } from "@mikro-orm/postgresql";
import config from "@/mikro-orm.config";

const globalForOrm = globalThis as unknown as { __orm?: Promise<MikroORM> };

export function getOrm(): Promise<MikroORM> {
  globalForOrm.__orm ??= MikroORM.init(config);
  return globalForOrm.__orm;
}

/** A request-scoped fork of the entity manager. */
export async function getEm(): Promise<EntityManager> {
  const orm = await getOrm();
  return orm.em.fork();
}

export * from "./entities";
