import OpenAI from "openai";

export const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

export async function draftShowNotes(transcript: string) {
  const res = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "You write concise podcast show notes with timestamps." },
      { role: "user", content: transcript.slice(0, 60_000) },
    ],
  });
  return res.choices[0]?.message?.content ?? "";
}

export async function transcribeUrl(audioUrl: string) {
  const audio = await fetch(audioUrl);
  const file = new File([await audio.arrayBuffer()], "episode.mp3", { type: "audio/mpeg" });
  const res = await openai.audio.transcriptions.create({ model: "whisper-1", file });
  return res.text;
}
