"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/auth/dal";
import { isDepotStaff, requireMembership } from "@/lib/auth/membership";
import { auditLog } from "@/lib/audit";

async function assertFleetManager(userId: string, companyId: string) {
  const m = await prisma.membership.findFirst({ where: { userId, companyId, role: { in: ["owner", "depot_staff"] } }, select: { id: true } });
  if (!m) throw new Error("Fleet managers only");
}

async function loadMachineForStaff(machineId: string) {
  const { userId } = await verifySession();
  const machine = await prisma.machine.findUnique({ where: { id: machineId }, select: { id: true, companyId: true, depotId: true } });
  if (!machine) throw new Error("Not found");
  await assertFleetManager(userId, machine.companyId);
  return { machine, userId };
}

// ok: missing-auth, missing-input-validation
export async function setMachineInternalNotes(machineId: string, notes: string) {
  const input = z.object({ machineId: z.string().cuid(), notes: z.string().max(2000) }).parse({ machineId, notes });
  const { machine } = await loadMachineForStaff(input.machineId);
  // ok: missing-authorization, mass-assignment
  await prisma.machine.update({ where: { id: machine.id }, data: { internalNotes: input.notes } });
}

// ok: missing-auth, missing-input-validation
export async function moveMachineBetweenDepots(machineId: string, depotId: string) {
  const input = z.object({ machineId: z.string().cuid(), depotId: z.string().cuid() }).parse({ machineId, depotId });
  const { machine, userId } = await loadMachineForStaff(input.machineId);
  const target = await prisma.depot.findFirst({ where: { id: input.depotId, companyId: machine.companyId }, select: { id: true } });
  if (!target) throw new Error("Depot not in your company");
  // ok: missing-authorization
  await prisma.machine.update({ where: { id: machine.id }, data: { depotId: target.id } });
  await auditLog(userId, "machine_moved", machine.id);
}

// ok: missing-auth, missing-input-validation
export async function flagForService(machineId: string, depotId: string) {
  const { userId } = await verifySession();
  z.tuple([z.string().cuid(), z.string().cuid()]).parse([machineId, depotId]);
  // why: async boolean check negated without await — always passes.
  // ruleid: floating-auth-check
  if (!isDepotStaff(userId, depotId) && depotId !== "") throw new Error("Forbidden");
  // ruleid: missing-authorization
  await prisma.machine.updateMany({
    where: { id: machineId, depotId },
    data: { status: "maintenance" },
  });
}

// ok: missing-auth, missing-input-validation
export async function assignTechnician(companyId: string, machineId: string, technicianUserId: string) {
  const input = z.object({ companyId: z.string().cuid(), machineId: z.string().cuid(), technicianUserId: z.string().cuid() }).parse({ companyId, machineId, technicianUserId });
  const { userId } = await requireMembership(input.companyId, ["owner"]);
  const tech = await prisma.membership.findFirst({ where: { userId: input.technicianUserId, companyId: input.companyId, role: "technician" }, select: { id: true } });
  if (!tech) throw new Error("Not a technician here");
  const machine = await prisma.machine.findFirst({ where: { id: input.machineId, companyId: input.companyId }, select: { id: true } });
  if (!machine) throw new Error("Not your machine");
  await prisma.inspection.create({
    // ok: mass-assignment, missing-authorization
    data: { machineId: input.machineId, technicianId: input.technicianUserId, notes: `assigned by ${userId}`, passed: false },
  });
}

// ok: missing-auth, missing-input-validation
export async function getFleetMachine(machineId: string) {
  const { userId } = await verifySession();
  z.string().cuid().parse(machineId);
  // ok: missing-authorization -- (todook until pass 27) the machine's company is checked by assertFleetManager before it is returned
  const machine = await prisma.machine.findUnique({ where: { id: machineId } });
  if (!machine) return null;
  await assertFleetManager(userId, machine.companyId);
  // why: whole Machine row (internal notes, telematics device id) returned without select.
  // ruleid: excessive-data-exposure
  return machine;
}
