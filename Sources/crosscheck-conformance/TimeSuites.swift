func runTimeSuites(_ conformance: inout Conformance) {}
