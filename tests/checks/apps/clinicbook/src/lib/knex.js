import knex from "knex";

export const warehouse = knex({ client: "pg", connection: process.env.WAREHOUSE_URL });

export async function visitsPerDoctor(doctor, from) {
  // ruleid: sql-injection -- `.raw` on a knex instance named `warehouse`
  return warehouse.raw(`select count(*) as n from visits where doctor = '${doctor}' and day >= '${from}'`);
}

export async function visitsPerDoctorSafe(doctor, from) {
  // ok: sql-injection -- positional bindings
  return warehouse.raw("select count(*) as n from visits where doctor = ? and day >= ?", [doctor, from]);
}
