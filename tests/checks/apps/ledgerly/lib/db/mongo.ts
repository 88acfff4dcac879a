import { MongoClient, ObjectId } from "mongodb";

// Receipts, OCR output and free-form notes are stored as documents.
const globalForMongo = globalThis as unknown as { mongoClient?: Promise<MongoClient> };

const clientPromise = globalForMongo.mongoClient ?? new MongoClient(process.env.MONGODB_URI!).connect();
if (process.env.NODE_ENV !== "production") globalForMongo.mongoClient = clientPromise;

export async function mongo() {
  const client = await clientPromise;
  return client.db(process.env.MONGODB_DB ?? "ledgerly");
}

export function toObjectId(value: string): ObjectId | null {
  return ObjectId.isValid(value) ? new ObjectId(value) : null;
}

export { ObjectId };
