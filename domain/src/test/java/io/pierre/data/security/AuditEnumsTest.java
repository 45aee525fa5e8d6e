package io.pierre.data.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AuditEnumsTest {

    @Test
    void auditCodesAreTheOriginalsPascalCaseNamesReadLeniently() {
        AuditEventType.JpaConverter types = new AuditEventType.JpaConverter();
        assertEquals("UserLogin", types.convertToDatabaseColumn(AuditEventType.USER_LOGIN));
        assertEquals(AuditEventType.KEY_ROTATED, types.convertToEntityAttribute("KeyRotated"));
        assertEquals(AuditEventType.TOOL_EXECUTED, types.convertToEntityAttribute("SomethingNew"));
        AuditSeverity.JpaConverter severities = new AuditSeverity.JpaConverter();
        assertEquals("Critical", severities.convertToDatabaseColumn(AuditSeverity.CRITICAL));
        assertEquals(AuditSeverity.INFO, severities.convertToEntityAttribute("Catastrophic"));
    }
}
