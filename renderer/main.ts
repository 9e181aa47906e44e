// Registers every element; <bs-app> in index.html then starts the reader.
import './components/bs-app/bs-app.ts';
import './components/bs-account/bs-account.ts';
