import "reflect-metadata";
import { DataSource } from "typeorm";
import { ScheduleSlot, TimeEntry } from "./entities";

const dataSource = new DataSource({
  type: "postgres",
  url: process.env.SCHEDULING_DATABASE_URL,
  entities: [ScheduleSlot, TimeEntry],
  synchronize: false,
  logging: ["error"],
});

let initialising: Promise<DataSource> | null = null;

export function getDataSource(): Promise<DataSource> {
  if (dataSource.isInitialized) return Promise.resolve(dataSource);
  initialising ??= dataSource.initialize();
  return initialising;
}

export async function slotRepo() {
  return (await getDataSource()).getRepository(ScheduleSlot);
}

export async function timeEntryRepo() {
  return (await getDataSource()).getRepository(TimeEntry);
}
