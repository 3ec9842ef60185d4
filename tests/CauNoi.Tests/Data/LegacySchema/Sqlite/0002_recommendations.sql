-- CauNoi schema 0002: recommendations (kiến nghị) with history, thread, attachments and groups;
-- notifications, e-mail outbox, reminder log, settings; routing rule and deadline on fields of work.
-- Written from --print-model-schema sqlite.
ALTER TABLE "FieldsOfWork" ADD COLUMN "ResponsibleUnitId" INTEGER NULL CONSTRAINT "FK_FieldsOfWork_Organisations_ResponsibleUnitId" REFERENCES "Organisations" ("Id") ON DELETE RESTRICT;

ALTER TABLE "FieldsOfWork" ADD COLUMN "DefaultWorkingDays" INTEGER NOT NULL DEFAULT 15;

CREATE INDEX "IX_FieldsOfWork_ResponsibleUnitId" ON "FieldsOfWork" ("ResponsibleUnitId");

CREATE TABLE "OutboxEmails" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OutboxEmails" PRIMARY KEY AUTOINCREMENT,
    "To" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "SentAt" TEXT NULL,
    "Attempts" INTEGER NOT NULL,
    "LastError" TEXT NULL,
    "LockedUntil" TEXT NULL
);

CREATE TABLE "RecommendationGroups" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RecommendationGroups" PRIMARY KEY AUTOINCREMENT,
    "Title" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedById" TEXT NULL,
    "Answer" TEXT NULL,
    "AnsweredAt" TEXT NULL
);

CREATE TABLE "Settings" (
    "Key" TEXT NOT NULL CONSTRAINT "PK_Settings" PRIMARY KEY,
    "Value" TEXT NOT NULL
);

CREATE TABLE "Notifications" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Notifications" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Body" TEXT NULL,
    "Link" TEXT NULL,
    "ReadAt" TEXT NULL,
    CONSTRAINT "FK_Notifications_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Recommendations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Recommendations" PRIMARY KEY AUTOINCREMENT,
    "Title" TEXT NOT NULL,
    "Content" TEXT NOT NULL,
    "FieldId" INTEGER NOT NULL,
    "ConcernKind" INTEGER NOT NULL,
    "ConcernReference" TEXT NULL,
    "Urgency" INTEGER NOT NULL,
    "Channel" INTEGER NOT NULL,
    "ConferenceName" TEXT NULL,
    "ProvinceCode" TEXT NOT NULL,
    "CommuneCode" TEXT NULL,
    "SubmittingOrganisationId" INTEGER NOT NULL,
    "SubmittedById" TEXT NULL,
    "ContactName" TEXT NULL,
    "ContactPhone" TEXT NULL,
    "ContactEmail" TEXT NULL,
    "RoutedUnitId" INTEGER NOT NULL,
    "FocalLeaderId" TEXT NULL,
    "Status" INTEGER NOT NULL,
    "ReceivedOn" TEXT NOT NULL,
    "WorkingDaysAllowed" INTEGER NOT NULL,
    "DueOn" TEXT NOT NULL,
    "RemainingWorkingDays" INTEGER NULL,
    "Answer" TEXT NULL,
    "AnsweredOn" TEXT NULL,
    "ClosedAt" TEXT NULL,
    "CompetentBody" TEXT NULL,
    "GroupId" INTEGER NULL,
    "DuplicateOfId" INTEGER NULL,
    "Satisfied" INTEGER NULL,
    "RatingReason" TEXT NULL,
    "IdempotencyKey" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "SearchName" TEXT NOT NULL,
    CONSTRAINT "FK_Recommendations_AspNetUsers_FocalLeaderId" FOREIGN KEY ("FocalLeaderId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Recommendations_AspNetUsers_SubmittedById" FOREIGN KEY ("SubmittedById") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Recommendations_Communes_CommuneCode" FOREIGN KEY ("CommuneCode") REFERENCES "Communes" ("Code") ON DELETE RESTRICT,
    CONSTRAINT "FK_Recommendations_FieldsOfWork_FieldId" FOREIGN KEY ("FieldId") REFERENCES "FieldsOfWork" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Recommendations_Organisations_RoutedUnitId" FOREIGN KEY ("RoutedUnitId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Recommendations_Organisations_SubmittingOrganisationId" FOREIGN KEY ("SubmittingOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Recommendations_Provinces_ProvinceCode" FOREIGN KEY ("ProvinceCode") REFERENCES "Provinces" ("Code") ON DELETE RESTRICT,
    CONSTRAINT "FK_Recommendations_RecommendationGroups_GroupId" FOREIGN KEY ("GroupId") REFERENCES "RecommendationGroups" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Recommendations_Recommendations_DuplicateOfId" FOREIGN KEY ("DuplicateOfId") REFERENCES "Recommendations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "RecommendationAttachments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_RecommendationAttachments" PRIMARY KEY,
    "RecommendationId" INTEGER NOT NULL,
    "FileName" TEXT NOT NULL,
    "StoredName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "UploadedById" TEXT NULL,
    "UploadedByName" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    CONSTRAINT "FK_RecommendationAttachments_Recommendations_RecommendationId" FOREIGN KEY ("RecommendationId") REFERENCES "Recommendations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "RecommendationEvents" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RecommendationEvents" PRIMARY KEY AUTOINCREMENT,
    "RecommendationId" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "ActorId" TEXT NULL,
    "ActorName" TEXT NOT NULL,
    "ActorOrganisation" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "FromStatus" INTEGER NULL,
    "ToStatus" INTEGER NOT NULL,
    "Comment" TEXT NULL,
    CONSTRAINT "FK_RecommendationEvents_Recommendations_RecommendationId" FOREIGN KEY ("RecommendationId") REFERENCES "Recommendations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "RecommendationMessages" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RecommendationMessages" PRIMARY KEY AUTOINCREMENT,
    "RecommendationId" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "AuthorId" TEXT NULL,
    "AuthorName" TEXT NOT NULL,
    "AuthorOrganisation" TEXT NOT NULL,
    "FromMinistry" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    CONSTRAINT "FK_RecommendationMessages_Recommendations_RecommendationId" FOREIGN KEY ("RecommendationId") REFERENCES "Recommendations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ReminderLog" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ReminderLog" PRIMARY KEY AUTOINCREMENT,
    "RecommendationId" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "DueOn" TEXT NOT NULL,
    "SentAt" TEXT NOT NULL,
    CONSTRAINT "FK_ReminderLog_Recommendations_RecommendationId" FOREIGN KEY ("RecommendationId") REFERENCES "Recommendations" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Notifications_UserId_ReadAt_At" ON "Notifications" ("UserId", "ReadAt", "At");

CREATE INDEX "IX_OutboxEmails_SentAt_LockedUntil" ON "OutboxEmails" ("SentAt", "LockedUntil");

CREATE INDEX "IX_RecommendationAttachments_RecommendationId" ON "RecommendationAttachments" ("RecommendationId");

CREATE INDEX "IX_RecommendationEvents_RecommendationId_At" ON "RecommendationEvents" ("RecommendationId", "At");

CREATE INDEX "IX_RecommendationMessages_RecommendationId_At" ON "RecommendationMessages" ("RecommendationId", "At");

CREATE INDEX "IX_Recommendations_AnsweredOn" ON "Recommendations" ("AnsweredOn");

CREATE INDEX "IX_Recommendations_CommuneCode_Status" ON "Recommendations" ("CommuneCode", "Status");

CREATE INDEX "IX_Recommendations_DuplicateOfId" ON "Recommendations" ("DuplicateOfId");

CREATE INDEX "IX_Recommendations_FieldId" ON "Recommendations" ("FieldId");

CREATE INDEX "IX_Recommendations_FocalLeaderId" ON "Recommendations" ("FocalLeaderId");

CREATE INDEX "IX_Recommendations_GroupId" ON "Recommendations" ("GroupId");

CREATE INDEX "IX_Recommendations_ProvinceCode_Status_DueOn" ON "Recommendations" ("ProvinceCode", "Status", "DueOn");

CREATE INDEX "IX_Recommendations_ReceivedOn" ON "Recommendations" ("ReceivedOn");

CREATE INDEX "IX_Recommendations_RoutedUnitId_Status_DueOn" ON "Recommendations" ("RoutedUnitId", "Status", "DueOn");

CREATE INDEX "IX_Recommendations_SearchName" ON "Recommendations" ("SearchName");

CREATE INDEX "IX_Recommendations_Status_DueOn" ON "Recommendations" ("Status", "DueOn");

CREATE UNIQUE INDEX "IX_Recommendations_SubmittedById_IdempotencyKey" ON "Recommendations" ("SubmittedById", "IdempotencyKey");

CREATE INDEX "IX_Recommendations_SubmittingOrganisationId" ON "Recommendations" ("SubmittingOrganisationId");

CREATE UNIQUE INDEX "IX_ReminderLog_RecommendationId_Kind_DueOn" ON "ReminderLog" ("RecommendationId", "Kind", "DueOn");
