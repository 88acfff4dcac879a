import "server-only";
import { put, del } from "@vercel/blob";
import { S3Client, DeleteObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";

export const s3 = new S3Client({ region: process.env.AWS_REGION ?? "eu-west-1" });
export const ARCHIVE_BUCKET = process.env.ARCHIVE_BUCKET ?? "fieldnote-archive";

export async function uploadAttachment(workspaceId: string, jobId: string, file: File) {
  const key = `${workspaceId}/${jobId}/${crypto.randomUUID()}-${file.name.replace(/[^\w.-]/g, "_")}`;
  const blob = await put(key, file, { access: "public", contentType: file.type });
  return { url: blob.url, key };
}

export async function removeBlob(url: string) {
  await del(url);
}

export async function archiveObject(key: string, body: Buffer) {
  await s3.send(new PutObjectCommand({ Bucket: ARCHIVE_BUCKET, Key: key, Body: body }));
}

export async function deleteArchivedObject(key: string) {
  await s3.send(new DeleteObjectCommand({ Bucket: ARCHIVE_BUCKET, Key: key }));
}
