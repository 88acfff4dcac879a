import Stripe from "stripe";
import OpenAI from "openai";

export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: "2024-12-18.acacia" });

export const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
