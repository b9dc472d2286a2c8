#!/usr/bin/env node
import '../dist/bundle/attache.js';
