import "server-only";
import { UTApi, UTFile } from "uploadthing/server";

export const utapi = new UTApi({ token: process.env.UPLOADTHING_TOKEN });

export async function putFile(key: string, body: ArrayBuffer | Blob, type: string) {
  const file = new UTFile([body], key, { customId: key, type });
  const res = await utapi.uploadFiles(file);
  if (res.error) throw new Error(res.error.message);
  return res.data;
}

export async function removeFile(key: string) {
  await utapi.deleteFiles(key, { keyType: "customId" });
}
