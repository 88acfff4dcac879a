import { S3Client, GetObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";

const s3 = new S3Client({ region: process.env.AWS_REGION });

export async function signedDownloadUrl(key: string, fileName: string) {
  return getSignedUrl(
    s3,
    new GetObjectCommand({ Bucket: process.env.ATTACHMENTS_BUCKET, Key: key, ResponseContentDisposition: `attachment; filename="${encodeURIComponent(fileName)}"` }),
    { expiresIn: 300 },
  );
}
