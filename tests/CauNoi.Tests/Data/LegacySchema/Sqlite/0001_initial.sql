-- CauNoi schema 0001: accounts, administrative units, organisations, calendar, audit.
-- Generated from the EF model with --print-model-schema sqlite, then kept by hand.
CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);


CREATE TABLE "AuditLog" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditLog" PRIMARY KEY AUTOINCREMENT,
    "At" TEXT NOT NULL,
    "UserName" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "EntityType" TEXT NOT NULL,
    "EntityKey" TEXT NOT NULL,
    "OldValues" TEXT NULL,
    "NewValues" TEXT NULL
);


CREATE TABLE "CalendarDays" (
    "Date" TEXT NOT NULL CONSTRAINT "PK_CalendarDays" PRIMARY KEY,
    "IsWorkingDay" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Source" TEXT NULL
);


CREATE TABLE "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NOT NULL
);


CREATE TABLE "FieldsOfWork" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_FieldsOfWork" PRIMARY KEY AUTOINCREMENT,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    "IsActive" INTEGER NOT NULL
);


CREATE TABLE "Provinces" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_Provinces" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "SearchName" TEXT NOT NULL
);


CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Communes" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_Communes" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "ProvinceCode" TEXT NOT NULL,
    "SearchName" TEXT NOT NULL,
    CONSTRAINT "FK_Communes_Provinces_ProvinceCode" FOREIGN KEY ("ProvinceCode") REFERENCES "Provinces" ("Code") ON DELETE RESTRICT
);


CREATE TABLE "FormerProvinces" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_FormerProvinces" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "NewProvinceCode" TEXT NOT NULL,
    "SearchName" TEXT NOT NULL,
    CONSTRAINT "FK_FormerProvinces_Provinces_NewProvinceCode" FOREIGN KEY ("NewProvinceCode") REFERENCES "Provinces" ("Code") ON DELETE RESTRICT
);


CREATE TABLE "CommuneLineage" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CommuneLineage" PRIMARY KEY AUTOINCREMENT,
    "CommuneCode" TEXT NOT NULL,
    "FormerCommuneCode" TEXT NULL,
    "FormerCommuneName" TEXT NULL,
    "FormerDistrictCode" TEXT NULL,
    "FormerDistrictName" TEXT NULL,
    "FormerProvinceCode" TEXT NOT NULL,
    "FormerProvinceName" TEXT NOT NULL,
    "IsPartial" INTEGER NOT NULL,
    "Note" TEXT NULL,
    "SearchName" TEXT NOT NULL,
    CONSTRAINT "FK_CommuneLineage_Communes_CommuneCode" FOREIGN KEY ("CommuneCode") REFERENCES "Communes" ("Code") ON DELETE RESTRICT
);


CREATE TABLE "Organisations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Organisations" PRIMARY KEY AUTOINCREMENT,
    "Kind" INTEGER NOT NULL,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "ShortName" TEXT NULL,
    "ProvinceCode" TEXT NULL,
    "CommuneCode" TEXT NULL,
    "IsLocalAffairsHub" INTEGER NOT NULL,
    "Email" TEXT NULL,
    "Phone" TEXT NULL,
    "IsActive" INTEGER NOT NULL,
    "SearchName" TEXT NOT NULL,
    CONSTRAINT "FK_Organisations_Communes_CommuneCode" FOREIGN KEY ("CommuneCode") REFERENCES "Communes" ("Code") ON DELETE RESTRICT,
    CONSTRAINT "FK_Organisations_Provinces_ProvinceCode" FOREIGN KEY ("ProvinceCode") REFERENCES "Provinces" ("Code") ON DELETE RESTRICT
);


CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "FullName" TEXT NOT NULL,
    "JobTitle" TEXT NULL,
    "OrganisationId" INTEGER NOT NULL,
    "IsActive" INTEGER NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL,
    CONSTRAINT "FK_AspNetUsers_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "FocalLeaderAssignments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_FocalLeaderAssignments" PRIMARY KEY AUTOINCREMENT,
    "ProvinceCode" TEXT NOT NULL,
    "LeaderId" TEXT NOT NULL,
    "EffectiveFrom" TEXT NOT NULL,
    "EffectiveTo" TEXT NULL,
    "Decision" TEXT NULL,
    CONSTRAINT "FK_FocalLeaderAssignments_AspNetUsers_LeaderId" FOREIGN KEY ("LeaderId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_FocalLeaderAssignments_Provinces_ProvinceCode" FOREIGN KEY ("ProvinceCode") REFERENCES "Provinces" ("Code") ON DELETE RESTRICT
);


CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");


CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");


CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");


CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");


CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");


CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");


CREATE INDEX "IX_AspNetUsers_OrganisationId" ON "AspNetUsers" ("OrganisationId");


CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");


CREATE INDEX "IX_AuditLog_At" ON "AuditLog" ("At");


CREATE INDEX "IX_AuditLog_EntityType_EntityKey" ON "AuditLog" ("EntityType", "EntityKey");


CREATE INDEX "IX_CommuneLineage_CommuneCode" ON "CommuneLineage" ("CommuneCode");


CREATE INDEX "IX_CommuneLineage_FormerCommuneCode" ON "CommuneLineage" ("FormerCommuneCode");


CREATE INDEX "IX_CommuneLineage_SearchName" ON "CommuneLineage" ("SearchName");


CREATE INDEX "IX_Communes_ProvinceCode" ON "Communes" ("ProvinceCode");


CREATE INDEX "IX_Communes_SearchName" ON "Communes" ("SearchName");


CREATE UNIQUE INDEX "IX_FieldsOfWork_Code" ON "FieldsOfWork" ("Code");


CREATE INDEX "IX_FocalLeaderAssignments_LeaderId" ON "FocalLeaderAssignments" ("LeaderId");


CREATE INDEX "IX_FocalLeaderAssignments_ProvinceCode_EffectiveFrom" ON "FocalLeaderAssignments" ("ProvinceCode", "EffectiveFrom");


CREATE INDEX "IX_FormerProvinces_NewProvinceCode" ON "FormerProvinces" ("NewProvinceCode");


CREATE UNIQUE INDEX "IX_Organisations_Code" ON "Organisations" ("Code");


CREATE INDEX "IX_Organisations_CommuneCode" ON "Organisations" ("CommuneCode");


CREATE INDEX "IX_Organisations_ProvinceCode" ON "Organisations" ("ProvinceCode");



