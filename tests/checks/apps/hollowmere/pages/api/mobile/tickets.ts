import type { NextApiRequest, NextApiResponse } from "next";
import { z } from "zod";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { getMobileUser } from "@/lib/api-auth";
import { hasBuildingRole } from "@/lib/dal";
import { ticketSchema } from "@/lib/validation/tickets";

const createBody = ticketSchema.extend({ buildingId: z.string().uuid() });

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const user = await getMobileUser(req);
  if (!user) return res.status(401).json({ error: "Unauthorized" });

  if (req.method === "GET") {
    // ok: missing-authorization
    const { data } = await supabaseAdmin
      .from("tickets")
      .select("id, title, status, category, created_at")
      .eq("reporter_id", user.id)
      .order("created_at", { ascending: false });
    // ok: excessive-data-exposure
    return res.status(200).json({ tickets: data ?? [] });
  }

  if (req.method === "POST") {
    const parsed = createBody.safeParse(req.body);
    if (!parsed.success) return res.status(400).json({ error: "Invalid ticket" });
    const { buildingId, ...ticket } = parsed.data;
    if (!(await hasBuildingRole(user.id, buildingId, "resident"))) return res.status(403).json({ error: "Forbidden" });
    // ok: mass-assignment, missing-authorization
    const { data } = await supabaseAdmin
      .from("tickets")
      .insert({ ...ticket, building_id: buildingId, reporter_id: user.id })
      .select("id")
      .single();
    // ok: excessive-data-exposure
    return res.status(201).json({ id: data?.id });
  }
  res.setHeader("Allow", "GET, POST");
  return res.status(405).end();
}
