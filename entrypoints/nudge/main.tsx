import '../../components/base.css';
import { render } from 'preact';
import { Nudge } from './Nudge';

const root = document.getElementById('app');
if (root) render(<Nudge />, root);
