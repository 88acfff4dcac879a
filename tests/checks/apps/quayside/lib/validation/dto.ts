import "reflect-metadata";
import { plainToInstance } from "class-transformer";
import {
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Min,
  validate,
  type ValidationError,
} from "class-validator";

export class PartnerBookingDto {
  @IsUUID() berthId!: string;
  @Matches(/^\d{4}-\d{2}-\d{2}$/) startsOn!: string;
  @Matches(/^\d{4}-\d{2}-\d{2}$/) endsOn!: string;
  @IsString() @Length(1, 120) guestName!: string;
  @IsOptional() @IsString() guestEmail?: string;
  @IsOptional() @IsString() externalRef?: string;
}

export class ClockEventDto {
  @IsUUID() crewId!: string;
  @IsIn(["in", "out"]) kind!: "in" | "out";
  @IsOptional() @IsString() @Length(0, 500) notes?: string;
}

// Staff console "edit organisation" drawer.
export class OrgSettingsDto {
  @IsOptional() @IsString() @Length(1, 120) name?: string;
  @IsOptional() @IsIn(["trial", "harbour", "fleet", "enterprise"]) plan?: string;
  @IsOptional() @IsBoolean() suspended?: boolean;
}

export class CrewProfileDto {
  @IsOptional() @IsString() @Length(1, 80) name?: string;
  @IsOptional() @Matches(/^\+[1-9]\d{6,14}$/) phone?: string;
  @IsOptional() @IsInt() @Min(0) hourlyRateCents?: number;
  @IsOptional() @IsArray() certifications?: string[];
}

/** Transforms a plain body and validates it; returns the instance or the list of errors. */
export async function validateDto<T extends object>(
  cls: new () => T,
  body: unknown,
): Promise<{ ok: true; value: T } | { ok: false; errors: ValidationError[] }> {
  const instance = plainToInstance(cls, body);
  const errors = await validate(instance as object, { whitelist: true, forbidNonWhitelisted: true });
  return errors.length ? { ok: false, errors } : { ok: true, value: instance };
}
