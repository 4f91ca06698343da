import { z } from 'zod';
import { ORGANISATION_KIND, type OrganisationKind } from '../domain';
import { baseUpdatedAt, entityId, optionalLine, requiredLine } from './common';

export const organisationInput = z.object({
  id: entityId.nullable().default(null),
  baseUpdatedAt,
  name: requiredLine('Hãy nhập tên cơ quan, tổ chức.', 300, 'Tên cơ quan, tổ chức'),
  kind: z.enum(ORGANISATION_KIND.values, { error: 'Hãy chọn loại cơ quan, tổ chức.' }),
  abbreviation: optionalLine(40, 'Tên viết tắt'),
});
export type OrganisationInput = z.input<typeof organisationInput>;

export interface Organisation {
  id: number;
  name: string;
  kind: OrganisationKind;
  abbreviation: string;
  active: boolean;
  peopleCount: number;
  updatedAt: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const personInput = z.object({
  id: entityId.nullable().default(null),
  baseUpdatedAt,
  fullName: requiredLine('Hãy nhập họ và tên.', 120, 'Họ và tên'),
  title: optionalLine(300, 'Chức vụ'),
  organisationId: entityId.nullable().default(null),
  phone: optionalLine(40, 'Số điện thoại').pipe(
    z.string().regex(/^[0-9+().\s-]*$/, { error: 'Số điện thoại chỉ gồm chữ số, dấu cách, +, -, ( ).' }),
  ),
  email: optionalLine(200, 'Địa chỉ thư điện tử').pipe(
    z.string().refine((v) => v === '' || EMAIL.test(v), { error: 'Địa chỉ thư điện tử không hợp lệ.' }),
  ),
  /**
   * The user was told the directory has someone of that name who may be the same person (the
   * refusal `PERSON_DUPLICATE`) and said this is someone else: saved anyway.
   */
  confirmDuplicate: z.boolean().default(false),
});
export type PersonInput = z.input<typeof personInput>;

export interface Person {
  id: number;
  fullName: string;
  title: string;
  organisationId: number | null;
  organisationName: string;
  phone: string;
  email: string;
  active: boolean;
  meetingCount: number;
  updatedAt: string;
}

export const listPeopleInput = z.object({
  text: optionalLine(200, 'Nội dung tìm kiếm'),
  includeInactive: z.boolean().default(false),
  organisationId: entityId.nullable().default(null),
});
export type ListPeopleInput = z.input<typeof listPeopleInput>;

export const listOrganisationsInput = z.object({
  includeInactive: z.boolean().default(false),
});

export const setActiveInput = z.object({ id: entityId, active: z.boolean() });

export const mergeInput = z
  .object({ keepId: entityId, mergeId: entityId })
  .refine((v) => v.keepId !== v.mergeId, { error: 'Không thể gộp một bản ghi với chính nó.' });
