func runQuantitySuites(_ conformance: inout Conformance) {}
