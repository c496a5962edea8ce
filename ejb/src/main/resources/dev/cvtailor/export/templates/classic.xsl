<?xml version="1.0" encoding="UTF-8"?>
<!-- "classic": ruled section headings, 10.5 pt. Everything else is cv-common.xsl. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="cv-common.xsl"/>
</xsl:stylesheet>
