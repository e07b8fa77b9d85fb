-- CreateIndex
CREATE INDEX "AuditEvent_action_seq_idx" ON "AuditEvent"("action", "seq");

-- CreateIndex
CREATE INDEX "AuditEvent_actorEmail_seq_idx" ON "AuditEvent"("actorEmail", "seq");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_seq_idx" ON "AuditEvent"("entityType", "seq");
