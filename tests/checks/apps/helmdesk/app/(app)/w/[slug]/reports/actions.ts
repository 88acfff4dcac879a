"use server";

import { z } from "zod";
import { supervisorActionClient, workspaceActionClient } from "@/lib/actions/safe-action";
import { warehouseAgentStats, warehouseTagReport, countByStatus } from "@/services/search";
import { pool } from "@/lib/db/pg";

// ok: missing-auth, missing-input-validation
export const agentLeaderboard = supervisorActionClient
  .bindArgsSchemas([z.string()])
  .inputSchema(z.object({ days: z.number().int().min(1).max(365) }))
  .action(async ({ parsedInput, ctx }) => {
    const rows = await warehouseAgentStats(ctx.workspaceId, parsedInput.days);
    // ok: excessive-data-exposure
    return rows;
  });

// ok: missing-auth, missing-input-validation
export const tagTrend = supervisorActionClient
  .bindArgsSchemas([z.string()])
  .inputSchema(z.object({ tag: z.string().max(32) }))
  .action(async ({ parsedInput, ctx }) => ({ points: await warehouseTagReport(ctx.workspaceId, parsedInput.tag) }));

// ok: missing-auth, missing-input-validation
export const statusBreakdown = workspaceActionClient.bindArgsSchemas([z.string()]).action(async ({ ctx }) => {
  // ok: excessive-data-exposure
  return countByStatus(ctx.workspaceId);
});

// ok: missing-auth, missing-input-validation
export const slaBreaches = supervisorActionClient
  .bindArgsSchemas([z.string()])
  .inputSchema(z.object({ teamId: z.string().uuid().optional() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: sql-injection
    const { rows } = await pool.query(
      "select * from tickets where workspace_id = $1 and sla_due_at < now() and status not in ('solved','closed')" + (parsedInput.teamId ? " and team_id = $2" : ""),
      parsedInput.teamId ? [ctx.workspaceId, parsedInput.teamId] : [ctx.workspaceId],
    );
    // ruleid: excessive-data-exposure
    return rows;
  });
