import { S3Client, GetObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";

const s3 = new S3Client({ region: process.env.AWS_REGION });

export async function presignDownload(storageKey: string) {
  return getSignedUrl(s3, new GetObjectCommand({ Bucket: process.env.DOCS_BUCKET, Key: storageKey }), { expiresIn: 300 });
}
