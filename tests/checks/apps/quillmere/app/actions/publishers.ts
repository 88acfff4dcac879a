"use server";

import * as yup from "yup";
import { agencyActionClient, ownerActionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { z } from "zod";

const publisherYup = yup.object({ name: yup.string().max(120).required(), editorEmails: yup.array(yup.string().email().required()).max(20).required() });

// ok: missing-auth, missing-input-validation
export const addPublisher = ownerActionClient
  .metadata({ actionName: "publisher.add" })
  .schema(z.object({ name: z.string(), editorEmails: z.array(z.string()) }))
  .action(async ({ parsedInput }) => {
    const clean = await publisherYup.validate(parsedInput, { stripUnknown: true });
    // ok: mass-assignment
    const p = await prisma.publisher.create({ data: clean, select: { id: true } });
    return p;
  });

// ok: missing-auth, missing-input-validation
export const listPublishers = agencyActionClient
  .metadata({ actionName: "publisher.list" })
  .action(async () => {
    const pubs = await prisma.publisher.findMany({ select: { id: true, name: true } });
    // ok: excessive-data-exposure
    return pubs;
  });

// ok: missing-auth, missing-input-validation
export const publisherDetail = agencyActionClient
  .metadata({ actionName: "publisher.detail" })
  .schema(z.object({ publisherId: z.string() }))
  .action(async ({ parsedInput }) => {
    const pub = await prisma.publisher.findUnique({ where: { id: parsedInput.publisherId } });
    // ruleid: excessive-data-exposure
    return pub;
  });
